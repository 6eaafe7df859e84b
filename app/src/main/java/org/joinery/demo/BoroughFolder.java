package org.joinery.demo;

import java.nio.file.Path;

/** Where the demo borough lives: joinery.borough.dir, or "borough" in the data folder. */
public interface BoroughFolder {

    Path path();
}
