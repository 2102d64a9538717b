import groovy.json.JsonSlurper

File report = new File(basedir, 'target/initlab')
assert new File(basedir, 'target/base/results.json').isFile()
assert new File(report, 'index.html').isFile() : 'the comparison leaves the report in place'

def compare = new JsonSlurper().parse(new File(report, 'compare/compare.json'))
assert compare.schema == 1
assert compare.changes == []
assert compare.added == []
assert compare.removed == []
assert compare.baseline.generated != null && compare.current.generated != null

def page = new File(report, 'compare/index.html').text
assert page.contains('No figure moved beyond its threshold.')
assert new File(report, 'compare/data.js').isFile()

def log = new File(basedir, 'build.log').text
assert log =~ /initlab: Compared with .*base.results\.json: 0 changes, 0 added, 0 removed/
return true
