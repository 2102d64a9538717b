def log = new File(basedir, 'build.log').text
assert log.contains("initlab: bad configuration: cacheDirectory (property initlab.cacheDirectory): ${basedir.canonicalPath}"
        + " is the project's base directory")
evaluate(new File(basedir, '../../../src/it/intact.groovy')).call(basedir)
return true
