using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Ledningssystem.Rpc.Validation;

public static class ValidatorRegistration
{
    /// <summary>Registers every concrete <see cref="IRequestValidator{TRequest}"/> of <paramref name="assembly"/> as a singleton.</summary>
    public static IServiceCollection AddRequestValidators(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestValidator<>)))
            {
                services.AddSingleton(contract, type);
            }
        }
        return services;
    }
}
