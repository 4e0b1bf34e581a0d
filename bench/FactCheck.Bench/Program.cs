Console.WriteLine("factcheck bench");
