/**
 * Trust: involvements (an organisation's open relationship with a person) and data-sharing
 * agreements between organisations, and the access rule that decides from them who may see a
 * person's shared record.
 */
package org.joinery.sharing;
