import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// each configured module has its own report, holding only its own experiment (no classic suite beside it)
['alpha': 'alpha-tanh', 'beta': 'beta-relu'].each { module, id ->
    def results = new JsonSlurper().parse(new File(basedir, "${module}/target/initlab/results.json"))
    assert results.experiments*.id == [id]
    assert new File(basedir, "${module}/target/initlab/experiments/${id}.html").isFile()
}

// the module that configures nothing and the parent: no report, and one line each saying why and what to do
assert !new File(basedir, 'plain/target/initlab').exists()
assert !new File(basedir, 'target/initlab').exists() : 'the parent must not run the classic suite'
assert log.contains('initlab [plain]: no experiments configured; skipped. Set <suite>classic</suite> to run the built-in suite here')
assert log.contains('initlab [multi-module]: no experiments configured; skipped.')
assert !log.contains('t2-sigmoid') && !log.contains('t4-mnist')

// under -T 2 every log line names its module
assert log.contains('initlab [alpha]: ') && log.contains('initlab [beta]: ')
assert !(log =~ /(?m)\[INFO\] initlab: /) : 'no unprefixed initlab line in a reactor'

// the aggregate page at the root links both reports, relatively, with the counts from their results.json
File aggregate = new File(basedir, 'target/initlab-aggregate/index.html')
assert aggregate.isFile()
def page = aggregate.text
assert page.contains('href="../../alpha/target/initlab/index.html"')
assert page.contains('href="../../beta/target/initlab/index.html"')
assert page.contains('1 of 1 as stated') : 'alpha has one claim, which holds'
assert page.contains('skipped: no experiments configured')
assert page.indexOf('>multi-module<') < page.indexOf('>alpha<') && page.indexOf('>alpha<') < page.indexOf('>beta<')
        && page.indexOf('>beta<') < page.indexOf('>plain<') : 'modules in reactor order, whichever finished first'
assert new File(basedir, 'target/initlab-aggregate/assets/initlab.css').isFile()
assert new File(basedir, 'target/initlab-aggregate/.initlab').text.contains('"kind":"aggregate"') // marked as initlab's
return true
