def log = new File(basedir, 'build.log').text
assert log.contains('initlab: no report to compare in ')
assert log.contains('run initlab:report first')
assert !new File(basedir, 'target/initlab').exists()
return true
