import groovy.json.JsonSlurper

File site = new File(basedir, 'target/initlab')
def results = new JsonSlurper().parse(new File(site, 'results.json'))
assert results.experiments*.id == ['deep-tanh']
def e = results.experiments[0]
assert e.title == 'Eight tanh layers'
assert e.runs*.initializer == ['xavier_uniform', 'xavier_uniform',
                               'kaiming_normal(mode=fan_out, nonlinearity=relu)', 'kaiming_normal(mode=fan_out, nonlinearity=relu)']
assert e.runs*.activation == ['tanh', 'relu', 'tanh', 'relu']
assert e.runs[0].layers.size() == 8
assert e.runs[0].layers[0].post.histogram.counts.size() == 12
// xavier_uniform on 30→30: bound sqrt(6/60); no weight lies outside it
double bound = Math.sqrt(6.0 / 60)
assert e.runs[0].layers[0].weights.max <= bound && e.runs[0].layers[0].weights.min >= -bound

// the whole configuration, defaults filled in, as a POM would write it again
def c = e.configuration
assert c.type == 'activations' && c.dataset.spec == 'gaussian(rows=200, cols=30, seed=4)' && !c.dataset.containsKey('sha256')
assert c.layers == [30] * 8 && c.activations == ['tanh', 'relu']
assert c.initializers*.label == ['xavier_uniform', 'kaiming_normal(mode=fan_out, nonlinearity=relu)']
assert c.initializers*.name == ['torch:xavier_uniform', 'torch:kaiming_normal']
assert c.initializers[1].arguments.mode == 'fan_out' && c.initializers[1].arguments.a == '0'
assert c.seed == 7 && c.rng == 'numpy' && c.reseed == 'once' && c.layout == 'in-out' && c.dtype == 'float64'
assert c.bias == 'none' && c.bins == 12 && c.plot == 'post' && !c.containsKey('range')
assert c.explanation == 'src/initlab/deep-tanh.md' && !c.containsKey('suite') && c.claims == []

def page = new File(site, 'experiments/deep-tanh.html').text
assert page.contains('Our own words about <strong>deep tanh</strong>')
assert !page.contains('<script>alert(1)</script>') : 'raw HTML in markdown must be escaped'
assert page.contains('&lt;script&gt;alert(1)&lt;/script&gt;')
// published folders are as readable as the umask allows (rwxr-xr-x under 022), not 0700 like a temporary directory
def mode = { File f -> java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(f.toPath())) }
File probe = new File(basedir, 'target/umask-probe')
assert probe.mkdir()
String usual = mode(probe)
probe.delete()
assert mode(site) == usual : "site is ${mode(site)}, a new folder ${usual}"
assert new File(site, '.initlab').text.contains('"kind":"report"') : 'the report carries its marker'
return true
