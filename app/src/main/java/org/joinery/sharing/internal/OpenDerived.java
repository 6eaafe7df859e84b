package org.joinery.sharing.internal;

import java.util.UUID;

/** A derived involvement as it stands: open, or ended by an officer (whose decision derivation keeps). */
record OpenDerived(UUID id, UUID personId, UUID sourceId, boolean open) {
}
