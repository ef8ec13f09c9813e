/**
 * The program model: plain immutable records, java.base only. No JavaFX, no I/O, no parsing.
 * Every importer produces these and every other layer reads them.
 */
package org.conferenceplanner.domain;
