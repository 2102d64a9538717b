def log = new File(basedir, 'build.log').text
assert log.contains('requires a project to execute but there is no POM in this directory')
assert !new File(basedir, '${project.basedir}').exists() : 'no folder named after an unresolved expression'
assert !new File(basedir, 'target').exists()
assert !new File(basedir, 'pom.xml').exists()
return true
