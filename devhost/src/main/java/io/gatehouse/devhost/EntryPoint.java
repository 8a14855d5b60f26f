package io.gatehouse.devhost;

/**
 * The {@code entryPoint} of a function.json: a fully qualified class name and a method name,
 * written by the packaging plugin as {@code "io.gatehouse.clients.ClientFunctions.get"}.
 */
public record EntryPoint(String className, String methodName) {

    public static EntryPoint parse(String entryPoint) {
        int lastDot = entryPoint == null ? -1 : entryPoint.lastIndexOf('.');
        if (lastDot <= 0 || lastDot == entryPoint.length() - 1) {
            throw new IllegalArgumentException(
                    "entryPoint must be <class>.<method>, got: " + entryPoint);
        }
        return new EntryPoint(entryPoint.substring(0, lastDot), entryPoint.substring(lastDot + 1));
    }

    @Override
    public String toString() {
        return className + "." + methodName;
    }
}
