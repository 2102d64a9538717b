import groovy.json.JsonSlurper

File site = new File(basedir, 'target/site')
assert new File(site, 'initlab/index.html').isFile()
assert new File(site, 'initlab/experiments/small-tanh.html').isFile()
def results = new JsonSlurper().parse(new File(site, 'initlab/results.json'))
assert results.experiments*.id == ['small-tanh']
def reports = new File(site, 'project-reports.html').text
assert reports.contains('href="initlab/index.html"') : 'mvn site lists the report under Project Reports'
// published folders are as readable as the umask allows (rwxr-xr-x under 022), not 0700 like a temporary directory
def mode = { File f -> java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f.toPath())) }
File probe = new File(basedir, 'target/umask-probe')
assert probe.mkdir()
String usual = mode(probe)
probe.delete()
assert mode(new File(site, 'initlab')) == usual : "new File(site, 'initlab') is ${mode(new File(site, 'initlab'))}, a new folder ${usual}"
return true
