import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/initlab/results.json'))
def e = results.experiments[0]
assert e.seed == 0
assert e.runs*.seed == [0, 1, 2] : "one run per seed, in order: ${e.runs*.seed}"
def claim = e.claims[0]
assert claim.seeds == 3
assert claim.fraction == 1
assert claim.minFraction == 0.5
assert claim.passed
def page = new File(basedir, 'target/initlab/experiments/three-seeds.html').text
assert page.contains('3 seeds; lines show the median over the seeds')
// summaries over the seeds (issue 13): one per initializer × activation, every seed's value in order
assert e.summaries.size() == 1
assert e.summaries[0].seeds == [0, 1, 2]
assert e.summaries[0].layers[1].post.std.values == e.runs.collect { it.layers[1].post.std }
assert new File(basedir, 'target/initlab/data/three-seeds.seeds.js').isFile()
assert page.contains('holds in 3 of 3 seeds')
return true
