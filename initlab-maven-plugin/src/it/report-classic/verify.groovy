import groovy.json.JsonSlurper

File site = new File(basedir, 'target/initlab')
assert new File(site, 'index.html').isFile()
assert new File(site, '.nojekyll').isFile()
def index = new File(site, 'index.html').text
['t2-sigmoid', 't2-tanh', 't2-relu', 't2-gradients', 't2-sweep', 't1-circles', 't3-abalone', 't4-mnist', 't4-mnist-pixels',
 't5-residual', 't6-mnist-cnn', 't7-deep-cnn', 't8-bilinear'].each { id ->
    assert index.contains("experiments/${id}.html")
    assert new File(site, "experiments/${id}.html").isFile()
    assert new File(site, "data/${id}.js").isFile()
}

def results = new JsonSlurper().parse(new File(site, 'results.json'))
assert results.schema == 1
assert results.generator.name == 'initlab'
assert results.experiments*.id == ['t2-sigmoid', 't2-tanh', 't2-relu', 't2-gradients', 't2-sweep', 't1-circles', 't3-abalone', 't4-mnist', 't4-mnist-pixels',
                                   't5-residual', 't6-mnist-cnn', 't7-deep-cnn', 't8-bilinear']
results.experiments.findAll { it.type == 'activations' && it.id.startsWith('t2-') }.each { e ->
    assert e.type == 'activations'
    assert e.runs.size() == 40
    assert e.configuration.seeds == [1, 0, 2, 3, 4, 5, 6, 7, 8, 9]
    assert e.runs*.seed.take(10) == e.configuration.seeds
    e.runs.each { r ->
        assert r.layers.size() == 5
        r.layers.each { l ->
            assert l.fanIn == 100 && l.fanOut == 100
            ['weights', 'pre', 'post'].each { s ->
                assert l[s].count == (s == 'weights' ? 10000 : 100000)
                assert l[s].histogram.edges.size() == 31
                assert l[s].histogram.counts.size() == 30
            }
        }
    }
}
// t2-sweep: one grid per initializer × activation, depth 1 to 16 at width 100, no per-layer statistics
def sweep = results.experiments[4]
assert sweep.type == 'sweep' && sweep.runs.size() == 60
sweep.runs.each { r ->
    assert r.layers == [] && r.sweep.statistic == 'post.std@last'
    assert r.sweep.depths == [1, 2, 4, 8, 16] && r.sweep.widths == [100]
    assert r.sweep.cells*.depth == [1, 2, 4, 8, 16]
}
// N(0, 1) weights: the measured std of 10 000 draws is within a few percent of 1.
assert Math.abs(results.experiments[0].runs[0].layers[0].weights.std - 1.0) < 0.05

def log = new File(basedir, 'build.log').text
assert log =~ /initlab: \[1\/13\] t2-sigmoid: 40 runs in \d+ ms/
assert log =~ /initlab: \[6\/13\] t1-circles: 30 runs in \d+ ms/
assert log =~ /initlab: \[7\/13\] t3-abalone: 100 runs in \d+ ms/
assert log =~ /initlab: \[10\/13\] t5-residual: 30 runs in \d+ ms/
assert log =~ /initlab: \[11\/13\] t6-mnist-cnn: 30 runs in \d+ ms/
assert log =~ /initlab: \[12\/13\] t7-deep-cnn: 120 runs in \d+ ms/

// Every classic claim is checked on ten seeds and passes; its page says in how many it holds
results.experiments.each { e ->
    e.claims.each { c -> assert c.seeds == 10 && c.passed : "${e.id} ${c.id}: ${c.fraction} of ${c.seeds}" }
}
assert new File(site, 'experiments/t4-mnist.html').text.contains('holds in 10 of 10 seeds')
assert new File(site, 'experiments/t2-relu.html').text.contains('holds in 8 of 10 seeds')

// T1 as published on its own seed 3, the first: He reaches 0.9933… on the training set and 0.96 on the test set
assert results.experiments[5].configuration.seeds[0] == 3
def he = results.experiments[5].runs[20]
assert he.seed == 3
assert he.initializer == 'kaiming_normal(nonlinearity=relu)'
assert he.training.trainAccuracy == 0.9933333333333333 && he.training.testAccuracy == 0.96
assert he.training.costs[0] == [0, 0.8830537463419761]
assert results.experiments[5].runs[10].training.costs[0][1] == 'Infinity'
// T4: zero weights learn only the output bias and predict the most frequent class, "1"
def t4 = results.experiments[7]
assert t4.runs[0].seed == 0 && t4.runs[0].training.testAccuracy == 0.1135
assert t4.runs[0].training.distinctUnits == [1]
// T4 on pixels / 255 without standardisation: He only, short of the 95 % it reaches standardised
def pixels = results.experiments[8]
assert pixels.id == 't4-mnist-pixels' && pixels.runs*.initializer.unique() == ['kaiming_normal(nonlinearity=relu)']
assert t4.runs[10].initializer == 'kaiming_normal(nonlinearity=relu)' && t4.runs[10].seed == 0
assert t4.runs[10].training.testAccuracy >= 0.95 && pixels.runs[0].training.testAccuracy < 0.95
// T5: Fixup and the zero branch start every residual block as the identity; He alone grows
def resid = results.experiments[9]
assert resid.id == 't5-residual' && resid.runs*.name.unique() == ['he', 'fixup', 'zero-branch']
assert resid.runs.find { it.name == 'fixup' }.initializer == 'fixup(base=kaiming_normal(nonlinearity=relu))'
assert resid.runs.find { it.name == 'fixup' }.layers.size() == 49
// T6: a small CNN trained under zeros, He and torch:default; every layer recorded with its spec and shape
def t6 = results.experiments[10]
assert t6.id == 't6-mnist-cnn' && t6.runs.size() == 30
assert t6.runs[0].layers*.layer == ['conv2d(out=8, kernel=5)', 'maxpool(k=2)', 'flatten', 'dense(n=10)']
assert t6.runs[0].layers*.shape == ['8×24×24', '8×12×12', '1152', '10']
assert t6.runs[0].training.distinctUnits == [1] && t6.runs[10].training.distinctUnits == [8]
assert t6.runs[20].initializer == 'torch:default' && t6.configuration.bias == 'library'
assert t6.runs*.training*.testMajorityShare.unique().size() == 1
// T7: dirac's 32 convolutions return their inputs exactly, recorded for the claim that reads it
def cnn = results.experiments[11]
assert cnn.runs.size() == 120 && cnn.runs[0].initializer == 'dirac' && cnn.runs[0].layers.size() == 32
assert cnn.runs[0].layers.every { it.referenceMaxRelDiff.input == 0 && it.shape == '8×8×8' }
// T8: the bilinear kernel doubles 8×8 into 16×16 and is torch's interpolation inside the border
def up = results.experiments[12]
assert up.runs[0].initializer == 'bilinear' && up.runs[0].layers[0].shape == '1×16×16'
assert up.runs[0].layers[0].referenceMaxRelDiff['bilinear(border=1)'] < 1e-12
return true
