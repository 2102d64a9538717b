import groovy.json.JsonSlurper

File report = new File(basedir, 'target/initlab')
def compare = new JsonSlurper().parse(new File(report, 'compare/compare.json'))
assert compare.changes.size() > 0
assert compare.changes*.experiment.unique() == ['two'] : "only 'two' differs from the baseline"
assert compare.changes.find { it.metric == 'post.std' && it.layer == 1 && it.initializer == 'kaiming_normal(nonlinearity=relu)' }
assert compare.added == []
assert compare.removed == ['retired']
assert compare.baseline.commit == '0000000000000000000000000000000000000000'

def page = new File(report, 'compare/index.html').text
assert page.contains('post.std')
assert page.contains('retired')
// published folders are as readable as the umask allows (rwxr-xr-x under 022), not 0700 like a temporary directory
def mode = { File f -> java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f.toPath())) }
File probe = new File(basedir, 'target/umask-probe')
assert probe.mkdir()
String usual = mode(probe)
probe.delete()
assert mode(new File(report, 'compare')) == usual : "new File(report, 'compare') is ${mode(new File(report, 'compare'))}, a new folder ${usual}"
assert new File(report, 'compare/.initlab').text.contains('"kind":"compare"')
return true
