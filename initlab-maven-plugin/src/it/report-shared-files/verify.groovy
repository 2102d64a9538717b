def page = new File(basedir, 'module/target/initlab/experiments/points.html')
assert page.isFile() : 'the module wrote its report'
assert page.text.contains('Shared explanation') : 'the explanation from the root shared/ folder is on the page'
assert new File(basedir, 'module/target/initlab/results.json').text.contains('"csv(path=../shared/points.csv)"')
return true
