/** Likely duplicate people, found with reasons, merged without loss, and the merge undone. */
package app.kith.dupes;
