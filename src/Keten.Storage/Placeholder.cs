namespace Keten.Storage; public static class Placeholder;
