import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the exact run (second invocation) saw the replaced seed's runs
def exact = (log =~ /Compared with \S+: (\d+) changes?/).collect { it[1] as int }
assert exact.size() == 2 : "two comparisons logged: ${exact}"
assert exact[0] > 0 : 'the exact mode reports the replaced seed'
assert exact[1] == 0 : 'the statistical mode finds no median outside its interval'
def compare = new JsonSlurper().parse(new File(basedir, 'target/initlab/compare/compare.json'))
assert compare.mode == 'statistical'
assert compare.changes == []
assert new File(basedir, 'target/initlab/compare/index.html').text.contains('Statistical mode: experiments')
def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
assert results.experiments[0].summaries[0].seeds == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
return true
