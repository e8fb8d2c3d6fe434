package org.parcelwatch.monitoring.registration;

/** The land user (用地单位) with its unified social credit code (统一社会信用代码). */
public record LandUser(String name, String creditCode) {
}
