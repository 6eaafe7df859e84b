package org.joinery.linking;

import java.util.List;
import java.util.Optional;
import org.joinery.access.Actor;

/**
 * The linkage model's versions for pages and commands: list and read them, train a new one on the current
 * records (unsupervised, or from review decisions), and choose the one runs use. Every call passes the gate
 * (LINKAGE, for record linkage).
 */
public interface ModelVersions {

    /** How many "same person" review decisions supervised training needs. */
    int LABELS_NEEDED = 20;

    List<StoredModel> all(Actor actor);

    Optional<StoredModel> version(Actor actor, int version);

    /**
     * Trains a new version on the current records now and stores it (active if asked, or if it is the first).
     *
     * @throws NotEnoughLabels when supervised training has too few "same person" decisions
     */
    StoredModel train(Actor actor, boolean supervised, boolean activate);

    /** Trains on the background thread, after any run waiting; the models page shows the new version when done. */
    void startTraining(Actor actor, boolean supervised);

    /** Makes the version the one runs use; false when there is no such version. */
    boolean activate(Actor actor, int version);

    /** How many "same person" review decisions supervised training needs. */
    static int labelsNeeded() {
        return LABELS_NEEDED;
    }
}
