import groovy.json.JsonSlurper

def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path)) }

// the baseline: Maven delivered the name attribute, and the claim found the run by it
def baseline = slurp('target/baseline/results.json').experiments[0]
assert baseline.runs*.name == ['xavier_normal', 'he']
assert baseline.runs*.initializer == ['xavier_normal', 'kaiming_normal(nonlinearity=relu)']
assert baseline.configuration.initializers*.runName == [null, 'he']
assert baseline.claims[0].passed

// the current report: the same run under another spec
def current = slurp('target/initlab/results.json').experiments[0]
assert current.runs*.name == ['xavier_normal', 'he']
assert current.runs[1].initializer == 'keras:he_normal'
assert current.claims[0].passed

def compare = slurp('target/initlab/compare/compare.json')
assert compare.changes.every { it.metric != 'run.present' } : "no run removed or added: ${compare.changes*.metric}"
def spec = compare.changes.findAll { it.metric == 'run.initializer' }
assert spec.size() == 1 : "one run changed its spec: ${spec}"
assert spec[0].name == 'he'
assert spec[0].baseline == 'kaiming_normal(nonlinearity=relu)'
assert spec[0].current == 'keras:he_normal'
assert compare.changes.every { it.name == 'he' } : 'xavier_normal ran as before'
def histograms = compare.changes.findAll { it.metric.endsWith('.histogram') }
assert histograms.any { it.metric == 'weights.histogram' } : "the weights' histograms moved: ${compare.changes*.metric}"

def page = new File(basedir, 'target/initlab/compare/index.html').text
assert page.contains('he (keras:he_normal) + relu')
assert page.contains('id="histograms"')
assert page.contains('Histogram of weights, layer 1, he (kaiming_normal(nonlinearity=relu) → keras:he_normal) with relu, in named')
def data = new File(basedir, 'target/initlab/compare/data.js').text
assert data.contains('"edges"') : 'the overlays have both histograms to draw'

def experiment = new File(basedir, 'target/initlab/experiments/named.html').text
assert experiment.contains('<strong class="run-name">he</strong> <code>keras:he_normal</code>')
return true
