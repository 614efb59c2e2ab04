namespace Ledningssystem.Rpc.Validation;

/// <summary>
/// Validates one request type. Register implementations in DI; the validation interceptor runs every
/// validator of a unary or server-streaming call's request before the handler and answers
/// INVALID_ARGUMENT with <c>google.rpc.BadRequest</c> field violations if any fail.
/// </summary>
public interface IRequestValidator<in TRequest>
{
    void Validate(TRequest request, ValidationErrors errors);
}
