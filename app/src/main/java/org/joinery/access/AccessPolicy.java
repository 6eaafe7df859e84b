package org.joinery.access;

/** Decides access requests. Implementations must refuse anything no rule allows. */
public interface AccessPolicy {

    Decision decide(AccessRequest request);
}
