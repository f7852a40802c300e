"""One screen per module; screens emit intent signals and never reach into each other."""
