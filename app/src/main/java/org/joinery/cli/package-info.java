/**
 * The {@code joinery} command line (picocli). Its one public class is the entry point, {@link org.joinery.cli.Joinery};
 * the commands are package-private beside it, since picocli makes them by reflection and nothing else uses them.
 * They reach other modules only through those modules' APIs.
 */
package org.joinery.cli;
