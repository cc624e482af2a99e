package httptesthelper

import "log"

func Serve(addr string, err error) {
	log.Printf("serve %s: %v", addr, err) // want `package httptesthelper logs 1 line unstructured and none structured`
}
