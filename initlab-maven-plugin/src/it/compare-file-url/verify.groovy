import groovy.json.JsonSlurper

File report = new File(basedir, 'target/initlab')
def compare = new JsonSlurper().parse(new File(report, 'compare/compare.json'))
assert compare.changes*.experiment.unique() == ['two'] : "only 'two' differs from the baseline"
assert compare.removed == ['retired']
assert compare.baseline.commit == '0000000000000000000000000000000000000000'

def log = new File(basedir, 'build.log').text
// the file: URL of the directory was resolved to its results.json
assert log =~ /initlab: Compared with .*compare-file-url.baseline.results\.json: 1 change, 0 added, 1 removed/
return true
