package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;

/**
 * The parcel's location point (宗地位置点): a longitude and latitude in decimal degrees and the datum they are in. WGS-84
 * (what a phone's GPS and a photo's EXIF give) and CGCS2000 (the national datum of the bureau's maps) lie centimetres
 * apart, far below what a patrol photo's check distinguishes, so both are compared as they are.
 */
public record LocationPoint(BigDecimal longitude, BigDecimal latitude, Datum datum) {

    /** The geodetic datum of the coordinates. */
    public enum Datum {
        WGS84,
        /** 2000国家大地坐标系 */
        CGCS2000
    }
}
