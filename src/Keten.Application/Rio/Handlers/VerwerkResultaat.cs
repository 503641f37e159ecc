using Keten.Domain.Rio;
using Keten.Storage;

namespace Keten.Application.Rio.Handlers;

/// <summary>
/// What handling one message gave: the answer and the changes it committed (or, in a dry run, would have committed).
/// <see cref="Huidig"/> is filled in a dry run only: the stored row of each change's object before it (null when
/// there is none), in the order of <see cref="Wijzigingen"/>.
/// </summary>
public sealed record VerwerkResultaat(Terugkoppeling Antwoord, IReadOnlyList<Wijziging> Wijzigingen, IReadOnlyList<RioObject?> Huidig);
