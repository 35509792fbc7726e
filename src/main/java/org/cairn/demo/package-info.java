/**
 * Cairn's side of the sandbox demo: when the sandbox's demo course first has its roster, it gets the demo framework,
 * eight prioritized standards in three units and a few weeks of evidence per student. The key decision: the seed runs
 * once per course (a demo_seed row), only with the sandbox on in development, and records evidence through mastery's
 * own use case so the levels shown are computed exactly as for real evidence.
 */
package org.cairn.demo;
