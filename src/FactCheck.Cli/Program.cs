Console.WriteLine("factcheck");
