package org.parcelwatch.monitoring.parcel;

/** Marker of every event in a parcel's history; the aggregate folds them all through {@link ParcelState}. */
public interface ParcelEvent {
    String parcelId();
}
