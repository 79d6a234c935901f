package app.kith.touchpoint;

/** A person's latest touchpoint days (since the epoch): any, the last they started, the last you started or shared. */
public record LastTouches(int any, Integer in, Integer out) {
}
