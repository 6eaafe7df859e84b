/** Staff accounts, roles and sign-in (local passwords and OIDC). */
package org.joinery.accounts;
