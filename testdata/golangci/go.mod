module example.com/gcfixture

go 1.26
