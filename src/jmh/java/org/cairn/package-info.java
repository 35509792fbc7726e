/** JMH benchmarks; results and the commands that produced them are in docs/performance.md. */
package org.cairn;
