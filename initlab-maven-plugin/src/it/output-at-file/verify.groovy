def log = new File(basedir, 'build.log').text
assert log.contains("outputDirectory (property initlab.outputDirectory): ${new File(basedir, 'report.txt').canonicalPath}"
        + " is an existing file, not a folder")
evaluate(new File(basedir, '../../../src/it/intact.groovy')).call(basedir)
return true
