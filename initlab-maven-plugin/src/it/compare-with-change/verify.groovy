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
return true
