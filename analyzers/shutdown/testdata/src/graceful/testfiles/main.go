// Command testfiles has a server only in its tests.
package main

import "fmt"

func main() { fmt.Println("hello") }
