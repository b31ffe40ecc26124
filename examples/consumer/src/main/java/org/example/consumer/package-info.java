/** An application that uses inspectionkit from a Maven repository: it rates the example inspection and stores it. */
package org.example.consumer;
