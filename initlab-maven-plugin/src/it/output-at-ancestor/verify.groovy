def log = new File(basedir, 'build.log').text
assert log.contains("outputDirectory (property initlab.outputDirectory): ${basedir.canonicalPath} is an ancestor of the"
        + " project's base directory ${new File(basedir, 'app').canonicalPath}")
evaluate(new File(basedir, '../../../src/it/intact.groovy')).call(basedir)
return true
