def log = new File(basedir, 'build.log').text
assert log.contains("initlab: bad configuration: outputDirectory (property initlab.outputDirectory): ${basedir.canonicalPath}"
        + " is the project's base directory; initlab replaces this folder as a whole, so it must be a folder of its own")
assert !log.contains('Running 1 experiment') : 'refused before anything runs'
evaluate(new File(basedir, '../../../src/it/intact.groovy')).call(basedir)
return true
