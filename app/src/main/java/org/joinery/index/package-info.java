/**
 * The resident index: persons with stable Joinery IDs, which source records make up each, their merge and split
 * history and the scored pairs that explain their links ({@link org.joinery.index.Persons}), and every current
 * record in memory for the front door and incremental linking ({@link org.joinery.index.ResidentIndex}). Linkage
 * runs (the linking module) write persons through {@code Persons} and publish {@link org.joinery.index.PersonsLinked};
 * the index learns the active model through the {@link org.joinery.index.ActiveModel} port. Stores and the live
 * index are in {@code internal}.
 */
package org.joinery.index;
