def log = new File(basedir, 'build.log').text
assert log.contains("initlab: bad configuration: experiment 'tiny' <explanation>: /etc/passwd lies outside the build's root directory ")
assert log.contains('allowExternalFiles=true (-Dinitlab.allowExternalFiles=true)')
assert !log.contains('Running 1 experiment') : 'refused before anything runs'
assert !new File(basedir, 'target/initlab').exists() : 'nothing is published'
return true
