package org.joinery.index;

import java.util.Optional;
import org.joinery.linkage.model.Model;

/**
 * Where the resident index finds the linkage model to score with: the linking module, which trains and activates
 * models, implements it, so the index does not depend on linking. The index asks at every build, so a model made
 * active is scored with from the next build (after the next linkage run, or at startup).
 */
public interface ActiveModel {

    /** The active model, when it is trained, and its stored version (numbered from 1). */
    Optional<Versioned> active();

    /** A stored model and its version. */
    record Versioned(int version, Model model) {
    }
}
