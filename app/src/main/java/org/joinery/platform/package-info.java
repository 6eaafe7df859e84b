/**
 * Shared infrastructure every module stands on: configuration, the database, security settings,
 * the page layout, error pages and statements. An open module: others may use its types.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.joinery.platform;
