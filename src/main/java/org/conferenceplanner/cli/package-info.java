/** The command line (picocli): inspect, plan, export. Same jar as the window. */
package org.conferenceplanner.cli;
