namespace Keten.Domain; public static class Placeholder;
