/** Rebuilding a projection from each aggregate's whole history, beside the live tables. */
package org.parcelwatch.projections.rebuild;
