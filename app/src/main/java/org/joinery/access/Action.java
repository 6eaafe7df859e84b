package org.joinery.access;

public enum Action {
    READ,
    WRITE
}
