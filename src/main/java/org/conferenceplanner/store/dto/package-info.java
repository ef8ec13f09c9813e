/**
 * The JSON shape of the store's files, kept apart from the domain records so a file format change never
 * ripples into the model. DTOs are plain mutable classes for Jackson; each keeps the fields it does not
 * know ({@code other}) so a file written by a newer version loses nothing when this one saves it.
 */
package org.conferenceplanner.store.dto;
